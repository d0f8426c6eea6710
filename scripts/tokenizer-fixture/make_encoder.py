#!/usr/bin/env python3
"""Writes a tiny ONNX encoder with the interface of XLM-R's exports (inputs input_ids and attention_mask, no
token_type_ids; output last_hidden_state [batch, sequence, hidden]) over a tokenizer's vocabulary: an embedding
table looked up per token and zeroed where the mask is 0. Its weights are seeded random numbers, so it means nothing;
it stands in for a multilingual encoder (none is on the registries these machines reach) to test that a
SentencePiece tokenizer and such a model run end to end: ingestion counts, windows, scoring, re-embedding.

usage: make_encoder.py VOCAB_SIZE HIDDEN OUT.onnx   (pip install onnx numpy)
"""
import sys
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

vocab, hidden, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
table = np.random.default_rng(16).standard_normal((vocab, hidden)).astype(np.float32)
nodes = [
    helper.make_node("Gather", ["embeddings", "input_ids"], ["tokens"]),
    helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
    helper.make_node("Unsqueeze", ["mask_f", "axis_2"], ["mask_3d"]),
    helper.make_node("Mul", ["tokens", "mask_3d"], ["last_hidden_state"]),
]
graph = helper.make_graph(nodes, "tiny_encoder",
    [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
     helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])],
    [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", hidden])],
    [numpy_helper.from_array(table, "embeddings"), numpy_helper.from_array(np.array([2], dtype=np.int64), "axis_2")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="strata-test")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, out)
