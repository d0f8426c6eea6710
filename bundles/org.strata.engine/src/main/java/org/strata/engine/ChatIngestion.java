package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.strata.ingest.Languages;
import org.strata.ingest.chat.Conversation;
import org.strata.ingest.chat.Transcripts;
import org.strata.model.corpus.IngestStatus;
import org.strata.model.corpus.Source;
import org.strata.store.Passage;

/**
 * Chat transcripts ingested as conversations: each turn cut into passages of its own (scored and placed like any
 * passage), each conversation a source (a ChatGPT export of many is one source per conversation, {@code file#id}), and
 * the turns with their roles kept in {@link Dialogues}. A turn that cannot be read, of a role that is not a person's,
 * the assistant's or the system's, or empty, is left out and said in the file's line of the report; an empty
 * conversation too; the rest of the file is kept.
 */
final class ChatIngestion {
    /** One conversation's passages, turn by turn, under its source. */
    record Chat(Conversation conversation, String uri, List<List<Passage>> turns) {}

    /** What a transcript file held. */
    record Chats(Transcripts.Kind kind, List<Chat> chats) {}

    interface Store {
        int store(CorpusFolder corpus, String uri, List<Passage> passages) throws IOException;
    }

    interface Forget {
        void forget(CorpusFolder corpus, Source source) throws IOException;
    }

    /** Problems named in a file's line of the report; the rest are counted. */
    private static final int SAID = 5;

    private Dialogues dialogues;
    private boolean changed;

    /** Reads a transcript's conversations and cuts their turns into passages (on a pool thread). */
    static Chats parse(Path file, String uri, Transcripts.Kind kind, DocumentPassages documents) throws IOException {
        List<Chat> out = new ArrayList<>();
        for (Conversation c : Transcripts.read(file, kind)) {
            String source = kind == Transcripts.Kind.CHATGPT ? uri + "#" + c.id() : uri;
            List<List<Passage>> turns = new ArrayList<>(c.turns().size());
            int seq = 0;
            for (Conversation.Turn t : c.turns()) {
                List<Passage> ps = documents.ofTurn(t.text(), source, seq);
                seq += ps.size();
                turns.add(ps);
            }
            out.add(new Chat(c, source, turns));
        }
        return new Chats(kind, out);
    }

    /** Stores a transcript's conversations and records their sources and turns, in file order (on the run's thread). */
    FileResult finish(CorpusFolder corpus, String shown, String uri, String sha, Chats chats, Store store, Forget forget) throws IOException {
        Dialogues d = dialogues(corpus);
        boolean many = chats.kind() == Transcripts.Kind.CHATGPT;
        // the conversations this file held before and holds no more go first, with their passages
        Set<String> now = new HashSet<>();
        for (Chat c : chats.chats()) if (!c.turns().isEmpty()) now.add(c.uri());
        for (String old : d.of(uri, true)) {
            if (now.contains(old)) continue;
            d.remove(old);
            changed = true;
            Source s = corpus.source(old);
            if (s != null && !old.equals(uri)) forget.forget(corpus, s);
        }
        // passages the file gave as one flat document before (read by Tika, or a single transcript) go too
        if (many) store.store(corpus, uri, List.of());
        List<String> problems = new ArrayList<>();
        int conversations = 0, turns = 0, added = 0, duplicates = 0;
        String title = null;
        List<String> languages = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (Chat c : chats.chats()) {
            Conversation conv = c.conversation();
            String name = conv.title() != null && !conv.title().isBlank() ? "'" + conv.title().strip() + "'" : "conversation " + conv.id();
            String at = many ? "in " + name + ", " : "";
            for (String p : conv.problems()) problems.add(at + p);
            List<Passage> all = new ArrayList<>();
            List<Dialogues.Turn> kept = new ArrayList<>();
            for (int i = 0; i < c.turns().size(); i++) {
                List<Passage> ps = c.turns().get(i);
                if (ps.isEmpty()) {
                    problems.add(at + "a turn of no text after cleaning, left out");
                    continue;
                }
                all.addAll(ps);
                kept.add(new Dialogues.Turn(conv.turns().get(i).role(), ps.stream().map(Passage::id).toList()));
            }
            if (kept.isEmpty()) {
                problems.add((many ? "in " + name + ": " : "") + "an empty conversation, left out");
                continue;
            }
            int a = store.store(corpus, c.uri(), all);
            added += a;
            duplicates += all.size() - a;
            conversations++;
            turns += kept.size();
            d.put(c.uri(), new Dialogues.Dialogue(conv.title(), conv.date(), kept, conv.problems()));
            changed = true;
            String language = Languages.dominant(all.stream().map(Passage::language).toList(), all.stream().map(Passage::tokens).toList());
            for (Passage p : all) {
                languages.add(p.language());
                tokens.add(p.tokens());
            }
            if (many) {
                Source member = corpus.sourceOrNew(c.uri());
                member.setSha256(sha);
                member.setMediaType("application/json");
                member.setTitle(conv.title());
                member.setDate(conv.date());
                member.setLanguage(language);
                member.setStatus(IngestStatus.OK);
                member.setReason("conversation of " + kept.size() + " turns");
                member.setPassageCount(a);
            } else {
                title = conv.title();
            }
        }
        Source src = corpus.sourceOrNew(uri);
        String note = conversations + (conversations == 1 ? " conversation, " : " conversations, ") + turns + (turns == 1 ? " turn" : " turns")
                + said(problems);
        if (conversations == 0) {
            src.setStatus(IngestStatus.SKIPPED);
            src.setReason("no conversation with a turn" + said(problems));
            return new FileResult(shown, Outcome.SKIPPED, src.getReason(), 0, 0);
        }
        src.setSha256(sha);
        src.setMediaType(many ? "application/json" : "text/plain");
        src.setTitle(title != null ? title : Path.of(uri).getFileName().toString());
        src.setLanguage(Languages.dominant(languages, tokens));
        src.setStatus(IngestStatus.OK);
        src.setReason(note);
        src.setPassageCount(many ? 0 : added);
        return new FileResult(shown, Outcome.OK, note, added, duplicates);
    }

    /** The file a conversation's source belongs to ({@code file#id} to {@code file}); any other source as it is. */
    static String fileOf(String source) {
        int hash = source.lastIndexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }

    /** A source removed by the run (an archive member gone): its conversation is forgotten too. */
    void forgotten(CorpusFolder corpus, String source) throws IOException {
        Dialogues d = dialogues(corpus);
        if (d.of(source) != null) {
            d.remove(source);
            changed = true;
        }
    }

    /** A file read as a document now that was a transcript before: its conversations, their sources and turns go. */
    void noLongerChat(CorpusFolder corpus, String uri, Forget forget) throws IOException {
        Dialogues d = dialogues(corpus);
        for (String old : d.of(uri, true)) {
            d.remove(old);
            changed = true;
            Source s = corpus.source(old);
            if (s != null && !old.equals(uri)) forget.forget(corpus, s);
        }
    }

    /** The first problems, then how many more. */
    private static String said(List<String> problems) {
        if (problems.isEmpty()) return "";
        String first = String.join("; ", problems.subList(0, Math.min(SAID, problems.size())));
        return "; " + first + (problems.size() > SAID ? "; and " + (problems.size() - SAID) + " more" : "");
    }

    private Dialogues dialogues(CorpusFolder corpus) throws IOException {
        if (dialogues == null || !corpus.dir().equals(loadedFrom)) {
            dialogues = Dialogues.load(corpus);
            loadedFrom = corpus.dir();
            changed = false;
        }
        return dialogues;
    }

    private Path loadedFrom;

    /** Writes the conversations changed since the last save. */
    void save(CorpusFolder corpus) throws IOException {
        if (dialogues == null || !changed || !corpus.dir().equals(loadedFrom)) return;
        dialogues.save(corpus);
        changed = false;
    }
}
