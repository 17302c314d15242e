package org.quotestance.sentiment.model;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a BERT-style ONNX model so that its outputs are the hidden states of chosen layers, and drops every node
 * those outputs do not need. Why: the middle layers of e5-small-v2 carry target-dependent sentiment better than its
 * last layer, which is trained for retrieval (docs/stance-models.md, "Hidden layers"); a model cut after its last
 * wanted layer also runs fewer layers. ONNX Runtime keeps nodes that feed no output, so the cut has to be made in the
 * file.
 *
 * <p>The file is edited at the protobuf wire level (no ONNX library on the classpath): the graph's {@code node},
 * {@code initializer}, {@code output} and {@code value_info} fields are filtered or replaced, every other field is
 * copied as it is.
 */
public final class OnnxLayers {
  private OnnxLayers() {}

  // field numbers of onnx.proto3
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1, GRAPH_INITIALIZER = 5, GRAPH_OUTPUT = 12, GRAPH_VALUE_INFO = 13;
  private static final int NODE_INPUT = 1, NODE_OUTPUT = 2;
  private static final int TENSOR_NAME = 8;
  private static final int FLOAT = 1;

  /**
   * The name of the tensor holding layer {@code layer}'s output (0-based) in the files of the langchain4j embedding
   * jars, exported by Hugging Face Optimum: the last layer is the graph output {@code last_hidden_state}.
   */
  static String layerTensor(int layer, int layers) {
    return layer == layers - 1 ? "last_hidden_state" : "/encoder/layer." + layer + "/output/LayerNorm/Add_1_output_0";
  }

  /** How many transformer layers the model has (the highest {@code /encoder/layer.N/} + 1). */
  static int layerCount(byte[] model) {
    return layerCount(fields(graph(model)));
  }

  private static int layerCount(List<Field> graph) {
    int max = -1;
    for (Field f : graph) {
      if (f.number != GRAPH_NODE) continue;
      for (Field nf : fields(f.bytes)) {
        if (nf.number != NODE_OUTPUT) continue;
        String name = nf.string();
        if (name.startsWith("/encoder/layer.")) {
          int end = name.indexOf('/', "/encoder/layer.".length());
          max = Math.max(max, Integer.parseInt(name.substring("/encoder/layer.".length(), end)));
        }
      }
    }
    if (max < 0) throw new IllegalArgumentException("no /encoder/layer.N/ nodes: not a BERT-style export");
    return max + 1;
  }

  /** The model with the hidden states of the given 0-based layers as its outputs, cut after the highest of them. */
  public static byte[] withLayers(byte[] model, int[] layers) {
    List<Field> graph = fields(graph(model)); // parsed once: the file is tens of megabytes
    int count = layerCount(graph);
    List<String> outputs = new ArrayList<>();
    for (int l : layers) {
      if (l < 0 || l >= count) throw new IllegalArgumentException("the model has layers 0.." + (count - 1) + ", not " + l);
      outputs.add(layerTensor(l, count));
    }
    return withOutputs(model, graph, outputs);
  }

  /** The model with the given tensors as its (float) outputs, in order, and only the nodes they depend on. */
  public static byte[] withOutputs(byte[] model, List<String> outputs) {
    return withOutputs(model, fields(graph(model)), outputs);
  }

  private static byte[] withOutputs(byte[] model, List<Field> graph, List<String> outputs) {
    List<Field> nodes = new ArrayList<>();
    for (Field f : graph) if (f.number == GRAPH_NODE) nodes.add(f);
    // walk back from the outputs; nodes are stored in topological order
    Set<String> needed = new HashSet<>(outputs);
    Set<String> produced = new HashSet<>();
    boolean[] keep = new boolean[nodes.size()];
    for (int i = nodes.size() - 1; i >= 0; i--) {
      List<Field> nf = fields(nodes.get(i).bytes);
      boolean used = false;
      for (Field f : nf) if (f.number == NODE_OUTPUT && needed.contains(f.string())) used = true;
      if (!used) continue;
      keep[i] = true;
      for (Field f : nf) {
        if (f.number == NODE_INPUT && !f.string().isEmpty()) needed.add(f.string());
        if (f.number == NODE_OUTPUT) produced.add(f.string());
      }
    }
    for (String o : outputs) {
      if (!produced.contains(o)) throw new IllegalArgumentException("no node of the model produces " + o);
    }
    ByteArrayOutputStream g = new ByteArrayOutputStream(model.length);
    int node = 0;
    for (Field f : graph) {
      switch (f.number) {
        case GRAPH_NODE -> { if (keep[node++]) f.writeTo(g); }
        case GRAPH_INITIALIZER -> { if (needed.contains(tensorName(f.bytes))) f.writeTo(g); }
        case GRAPH_OUTPUT, GRAPH_VALUE_INFO -> { } // replaced below; value_info is an optional shape hint
        default -> f.writeTo(g);
      }
    }
    for (String o : outputs) new Field(GRAPH_OUTPUT, 2, 0, floatOutput(o)).writeTo(g);
    ByteArrayOutputStream m = new ByteArrayOutputStream(model.length);
    for (Field f : fields(model)) {
      if (f.number == MODEL_GRAPH) new Field(MODEL_GRAPH, 2, 0, g.toByteArray()).writeTo(m);
      else f.writeTo(m);
    }
    return m.toByteArray();
  }

  /** A ValueInfoProto: the name and the type "tensor of float" (shape left to the runtime). */
  private static byte[] floatOutput(String name) {
    ByteArrayOutputStream tensorType = new ByteArrayOutputStream();
    new Field(1, 0, FLOAT, null).writeTo(tensorType); // TypeProto.Tensor.elem_type
    ByteArrayOutputStream type = new ByteArrayOutputStream();
    new Field(1, 2, 0, tensorType.toByteArray()).writeTo(type); // TypeProto.tensor_type
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    new Field(1, 2, 0, name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).writeTo(info);
    new Field(2, 2, 0, type.toByteArray()).writeTo(info);
    return info.toByteArray();
  }

  private static String tensorName(byte[] tensor) {
    for (Field f : fields(tensor)) if (f.number == TENSOR_NAME) return f.string();
    return "";
  }

  private static byte[] graph(byte[] model) {
    for (Field f : fields(model)) if (f.number == MODEL_GRAPH) return f.bytes;
    throw new IllegalArgumentException("not an ONNX model: no graph");
  }

  /** One field of a protobuf message: number, wire type, and its varint value or its raw bytes. */
  record Field(int number, int wireType, long value, byte[] bytes) {
    String string() { return new String(bytes, java.nio.charset.StandardCharsets.UTF_8); }

    void writeTo(ByteArrayOutputStream out) {
      varint(out, ((long) number << 3) | wireType);
      switch (wireType) {
        case 0 -> varint(out, value);
        case 2 -> { varint(out, bytes.length); out.writeBytes(bytes); }
        default -> out.writeBytes(bytes); // fixed 32/64-bit: the raw bytes
      }
    }
  }

  static List<Field> fields(byte[] msg) {
    List<Field> out = new ArrayList<>();
    int[] pos = {0};
    while (pos[0] < msg.length) {
      long tag = readVarint(msg, pos);
      int number = (int) (tag >>> 3), wire = (int) (tag & 7);
      switch (wire) {
        case 0 -> out.add(new Field(number, 0, readVarint(msg, pos), null));
        case 1, 5 -> {
          int n = wire == 1 ? 8 : 4;
          out.add(new Field(number, wire, 0, java.util.Arrays.copyOfRange(msg, pos[0], pos[0] + n)));
          pos[0] += n;
        }
        case 2 -> {
          int n = (int) readVarint(msg, pos);
          out.add(new Field(number, 2, 0, java.util.Arrays.copyOfRange(msg, pos[0], pos[0] + n)));
          pos[0] += n;
        }
        default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wire);
      }
    }
    return out;
  }

  private static long readVarint(byte[] b, int[] pos) {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = b[pos[0]++];
      v |= (long) (x & 0x7f) << shift;
      if (x >= 0) return v;
    }
  }

  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
