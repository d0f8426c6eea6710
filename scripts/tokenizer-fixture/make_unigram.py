#!/usr/bin/env python3
"""Trains a small Unigram (SentencePiece) tokenizer on English and Russian text and writes it as a Hugging Face
tokenizer.json of the XLM-R family (NFKC, Metaspace, <s> $A </s>), plus reference ids from SentencePiece itself.

The tokenizer is a test fixture for Strata's tokenizer reader: it has the shape of the multilingual encoders'
tokenizers (multilingual-e5, XLM-R, LaBSE's cousins) that Maven Central does not carry. The reference ids come from
the sentencepiece library, not from the library Strata tokenizes with, so the test compares two implementations.

usage: make_unigram.py EN.txt RU.txt OUT_DIR   (pip install sentencepiece)
The fixture in eval/tokenizers/unigram-en-ru was made from the word-order training text of scripts/density-eval.
"""
import json, random, sys, os
import sentencepiece as spm

en, ru, out = sys.argv[1], sys.argv[2], sys.argv[3]
rnd = random.Random(16)
def lines(path, n):
    with open(path, encoding="utf-8") as f:
        ls = [l.strip() for l in f if len(l.strip()) > 40]
    rnd.shuffle(ls)
    return ls[:n]
train = lines(en, 20000) + lines(ru, 20000)
os.makedirs(out, exist_ok=True)
spm.SentencePieceTrainer.train(sentence_iterator=iter(train), model_prefix=os.path.join(out, "unigram"),
    vocab_size=8000, model_type="unigram", character_coverage=0.9995, normalization_rule_name="nfkc",
    bos_id=0, pad_id=1, eos_id=2, unk_id=3, bos_piece="<s>", eos_piece="</s>", pad_piece="<pad>", unk_piece="<unk>",
    num_threads=2, input_sentence_size=40000, shuffle_input_sentence=True)
sp = spm.SentencePieceProcessor(model_file=os.path.join(out, "unigram.model"))
vocab = [[sp.id_to_piece(i), 0.0 if sp.is_control(i) or sp.is_unknown(i) else sp.get_score(i)] for i in range(sp.get_piece_size())]
special = [{"id": i, "content": sp.id_to_piece(i), "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": False, "special": True} for i in range(4)]
tok = {
    "version": "1.0", "truncation": None, "padding": None, "added_tokens": special,
    "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"},
                   {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "}]},
    "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
    "post_processor": {"type": "TemplateProcessing",
        "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                   {"SpecialToken": {"id": "</s>", "type_id": 0}}],
        "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                 {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                 {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
        "special_tokens": {"<s>": {"id": "<s>", "ids": [0], "tokens": ["<s>"]},
                           "</s>": {"id": "</s>", "ids": [2], "tokens": ["</s>"]}}},
    "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
    "model": {"type": "Unigram", "unk_id": 3, "vocab": vocab, "byte_fallback": False},
}
with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
    json.dump(tok, f, ensure_ascii=False)
# reference ids of SentencePiece itself on 40 English and 40 Russian lines, one "text<TAB>ids" per line (ids without
# <s> and </s>), for the test that Hugging Face's library, as Strata runs it, cuts the text the same way
ref = train[:40] + train[20000:20040]
with open(os.path.join(out, "reference.tsv"), "w", encoding="utf-8") as f:
    for t in ref:
        t = " ".join(t.replace("\t", " ").split())
        f.write(t + "\t" + " ".join(map(str, sp.encode(t))) + "\n")
print(sp.get_piece_size(), "pieces;", len(ref), "reference lines")
