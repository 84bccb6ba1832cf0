package org.xiezhi.inference;

import java.util.List;

/** Fictional Chinese case facts (written for these tests) whose vectors are checked in. */
final class GoldenTexts {
  private GoldenTexts() {}

  static final List<String> TEXTS =
      List.of(
          "被告人张某于2023年5月12日晚，在某市某区一小区地下车库内，盗窃他人停放的电动自行车一辆，价值人民币二千三百元。",
          "被告人李某趁夜间无人之机，窃取邻居院内电动车一辆，经鉴定价值一千八百元，后被公安机关抓获。",
          "被告人王某酒后驾驶小型轿车在道路上行驶，经检测血液中乙醇含量为每百毫升一百五十毫克，属醉酒驾驶机动车。",
          "被告人赵某以投资理财为名，虚构高额回报，骗取被害人钱某人民币十五万元，用于个人挥霍。",
          "被告人孙某因琐事与被害人周某发生争执，持木棍击打周某头部，致其轻伤二级。",
          "被告人吴某在KTV包厢内向他人出售甲基苯丙胺（冰毒）0.5克，获利人民币三百元，后用iPhone手机联系下家。");
}
