package org.xiezhi.inference.tokenizer;

/**
 * Character classes of the BERT normaliser and pre-tokeniser, as Hugging Face tokenizers defines
 * them (Unicode White_Space, general categories C* for control, P* plus ASCII punctuation).
 */
final class BertText {
  private BertText() {}

  /** Unicode White_Space, with tab, newline and carriage return. */
  static boolean isWhitespace(int c) {
    return (c >= 0x09 && c <= 0x0D)
        || c == 0x20
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /**
   * Categories Cc, Cf, Co, Cs, except tab, newline and carriage return. Unassigned code points (Cn)
   * are kept, as Hugging Face tokenizers does (they become [UNK]).
   */
  static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.CONTROL
        || t == Character.FORMAT
        || t == Character.PRIVATE_USE
        || t == Character.SURROGATE;
  }

  /** ASCII punctuation (including symbols such as $ + < = > ^ ` |) or any Unicode P* category. */
  static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }

  /** CJK ideographs that BERT isolates as words of their own. */
  static boolean isChineseChar(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
