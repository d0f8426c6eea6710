#!/usr/bin/env python3
"""The PyTorch peer of `strata bench lengths`: the encoder architecture Strata runs (BERT of all-MiniLM-L6-v2's shape:
6 layers, 384 wide, 12 heads; random weights, since speed depends on the shape only) with SDPA attention and mean
pooling, on the very token ids Strata encoded (DIR/ids-<length>.bin, int32), on the same GPU.

    python3 scripts/gpu-peer.py DIR [BATCH]

Prints one table row per length and precision (bf16 as the yardstick, then tf32 and fp32), passages/s and tokens/s
timed after warm-up, as `strata bench lengths` prints its own."""
import glob, os, re, sys, time
import numpy as np
import torch
from transformers import BertConfig, BertModel

d = sys.argv[1]
batch = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
assert torch.cuda.is_available(), 'no CUDA device for the peer'
cfg = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=6, num_attention_heads=12, intermediate_size=1536,
                 max_position_embeddings=512)
cfg._attn_implementation = 'sdpa'
torch.manual_seed(0)
base = BertModel(cfg, add_pooling_layer=False).eval()

def encode(model, ids, dtype):
    mask = torch.ones_like(ids)
    with torch.inference_mode(), torch.autocast('cuda', dtype=dtype, enabled=dtype != torch.float32):
        h = model(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        return torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1).float()

for path in sorted(glob.glob(os.path.join(d, 'ids-*.bin')), key=lambda p: int(re.findall(r'\d+', os.path.basename(p))[0])):
    length = int(re.findall(r'\d+', os.path.basename(path))[0])
    ids = torch.from_numpy(np.fromfile(path, dtype='<i4').astype(np.int64).reshape(-1, length)).cuda()
    n = ids.shape[0]
    for name, dtype, tf32 in (('bf16', torch.bfloat16, False), ('tf32', torch.float32, True), ('fp32', torch.float32, False)):
        torch.backends.cuda.matmul.allow_tf32 = tf32
        torch.backends.cudnn.allow_tf32 = tf32
        model = BertModel(cfg, add_pooling_layer=False).eval().cuda()
        model.load_state_dict(base.state_dict())
        if dtype == torch.bfloat16:
            model = model.to(dtype)
        for _ in range(2):  # warm-up: kernels chosen, memory pooled
            encode(model, ids[:batch], dtype)
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        for b in range(0, n, batch):
            encode(model, ids[b:b + batch], dtype).cpu()
        torch.cuda.synchronize()
        s = time.perf_counter() - t0
        print(f'| PyTorch {torch.__version__}, {name}, SDPA (peer) | {length} | {n:,} | {batch} | {n / s:,.0f} | {n * length / s:,.0f} |', flush=True)
        del model
        torch.cuda.empty_cache()
print(f'| peak GPU memory of the peer: {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB | | | | | |')
