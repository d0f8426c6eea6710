package org.strata.ingest.chat;

import java.util.List;

/**
 * One conversation read from a transcript: its id within the file (the export's own id, else its position from 1),
 * title and date where the export gives them, its turns in order, and what was wrong with the turns left out (each a
 * line for the ingestion report: "turn 5: unknown role 'tool'").
 */
public record Conversation(String id, String title, String date, List<Turn> turns, List<String> problems) {

    public Conversation {
        turns = List.copyOf(turns);
        problems = List.copyOf(problems);
    }

    /** One turn: who spoke ({@link #USER}, {@link #ASSISTANT} or {@link #SYSTEM}), what was said, and when (null: not said). */
    public record Turn(String role, String text, String time) {}

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    public static final String SYSTEM = "system";
}
