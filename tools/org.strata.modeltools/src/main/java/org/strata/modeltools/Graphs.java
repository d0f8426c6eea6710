package org.strata.modeltools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/** Graph housekeeping after a rewrite. */
final class Graphs {
    private Graphs() {}

    /** The graph without the nodes nothing reads any more (the outputs aside) and without weights no node reads. */
    static GraphProto withoutDeadNodes(GraphProto g) {
        List<NodeProto> nodes = new ArrayList<>(g.getNodeList());
        Set<String> outputs = new HashSet<>();
        for (ValueInfoProto o : g.getOutputList()) outputs.add(o.getName());
        boolean changed = true;
        while (changed) {
            Set<String> read = new HashSet<>(outputs);
            for (NodeProto n : nodes) read.addAll(n.getInputList());
            changed = nodes.removeIf(n -> n.getOutputList().stream().noneMatch(read::contains));
        }
        Set<String> read = new HashSet<>();
        for (NodeProto n : nodes) read.addAll(n.getInputList());
        List<TensorProto> used = g.getInitializerList().stream().filter(t -> read.contains(t.getName())).toList();
        return g.toBuilder().clearNode().addAllNode(nodes).clearInitializer().addAllInitializer(used).build();
    }
}
