package org.xiezhi.models.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiezhi.models.train.Activation;
import org.xiezhi.models.train.HashedLinearModel;

/**
 * Writes a {@link HashedLinearModel} as an ONNX graph (opset 13) over sparse inputs {@code ids}
 * and {@code values}: {@code Gather} the weight rows of the ids, scale by the values (for a cosine
 * model first by the idf and the input norm), {@code ReduceSum} over the rows, add the bias and
 * apply the activation. Scoring costs O(N × labels) whatever the hashing dimension.
 */
public final class SparseLinearOnnx {
  private SparseLinearOnnx() {}

  public static void write(HashedLinearModel m, String name, Path out) throws IOException {
    OnnxMl.GraphProto.Builder g = OnnxMl.GraphProto.newBuilder().setName(name);
    g.addInput(valueInfo("ids", OnnxMl.TensorProto.DataType.INT64, -1));
    g.addInput(valueInfo("values", OnnxMl.TensorProto.DataType.FLOAT, -1));
    g.addOutput(valueInfo("scores", OnnxMl.TensorProto.DataType.FLOAT, m.labels()));
    g.addInitializer(floats("W", m.weights(), m.dimension(), m.labels()));
    g.addInitializer(floats("b", m.bias(), m.labels()));
    g.addInitializer(longs("axis1", new long[] {1}));
    g.addInitializer(longs("axis0", new long[] {0}));
    String x = "values";
    if (m.activation() == Activation.COSINE) {
      g.addInitializer(floats("idf", m.idf(), m.dimension()));
      g.addInitializer(floats("eps", new float[] {1e-12f}));
      g.addNode(node("Gather", new String[] {"idf", "ids"}, "idf_x"));
      g.addNode(node("Mul", new String[] {"values", "idf_x"}, "xw"));
      g.addNode(node("Mul", new String[] {"xw", "xw"}, "xw2"));
      g.addNode(node("ReduceSum", new String[] {"xw2"}, "ss").addAttribute(intAttr("keepdims", 0)));
      g.addNode(node("Sqrt", new String[] {"ss"}, "norm0"));
      g.addNode(node("Max", new String[] {"norm0", "eps"}, "norm"));
      g.addNode(node("Div", new String[] {"xw", "norm"}, "xn"));
      x = "xn";
    }
    g.addNode(node("Gather", new String[] {"W", "ids"}, "rows"));
    g.addNode(node("Unsqueeze", new String[] {x, "axis1"}, "xcol"));
    g.addNode(node("Mul", new String[] {"rows", "xcol"}, "prod"));
    g.addNode(node("ReduceSum", new String[] {"prod", "axis0"}, "z0").addAttribute(intAttr("keepdims", 0)));
    String last = m.activation() == Activation.COSINE ? "scores" : "z";
    g.addNode(node("Add", new String[] {"z0", "b"}, last));
    if (m.activation() == Activation.SIGMOID) {
      g.addNode(node("Sigmoid", new String[] {"z"}, "scores"));
    } else if (m.activation() == Activation.SOFTMAX) {
      g.addNode(node("Softmax", new String[] {"z"}, "scores").addAttribute(intAttr("axis", -1)));
    }
    OnnxMl.ModelProto model =
        OnnxMl.ModelProto.newBuilder()
            .setIrVersion(8)
            .setProducerName("xiezhi-models")
            .setProducerVersion("1")
            .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
            .setGraph(g)
            .build();
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.writeTo(os);
    }
  }

  private static OnnxMl.NodeProto.Builder node(String op, String[] in, String out) {
    OnnxMl.NodeProto.Builder n = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(out + "_" + op);
    for (String s : in) {
      n.addInput(s);
    }
    return n.addOutput(out);
  }

  private static OnnxMl.AttributeProto intAttr(String name, long v) {
    return OnnxMl.AttributeProto.newBuilder()
        .setName(name)
        .setType(OnnxMl.AttributeProto.AttributeType.INT)
        .setI(v)
        .build();
  }

  private static OnnxMl.ValueInfoProto valueInfo(String name, OnnxMl.TensorProto.DataType type, long dim) {
    OnnxMl.TensorShapeProto.Dimension.Builder d = OnnxMl.TensorShapeProto.Dimension.newBuilder();
    if (dim < 0) {
      d.setDimParam("N");
    } else {
      d.setDimValue(dim);
    }
    return OnnxMl.ValueInfoProto.newBuilder()
        .setName(name)
        .setType(
            OnnxMl.TypeProto.newBuilder()
                .setTensorType(
                    OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(type.getNumber())
                        .setShape(OnnxMl.TensorShapeProto.newBuilder().addDim(d))))
        .build();
  }

  private static OnnxMl.TensorProto floats(String name, float[] data, long... dims) {
    ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(data);
    OnnxMl.TensorProto.Builder t =
        OnnxMl.TensorProto.newBuilder()
            .setName(name)
            .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
            .setRawData(ByteString.copyFrom(buf.array()));
    for (long d : dims) {
      t.addDims(d);
    }
    return t.build();
  }

  private static OnnxMl.TensorProto longs(String name, long[] data) {
    ByteBuffer buf = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    buf.asLongBuffer().put(data);
    return OnnxMl.TensorProto.newBuilder()
        .setName(name)
        .setDataType(OnnxMl.TensorProto.DataType.INT64.getNumber())
        .addDims(data.length)
        .setRawData(ByteString.copyFrom(buf.array()))
        .build();
  }
}
