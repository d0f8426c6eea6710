package org.strata.export;

import java.util.Map;

/**
 * How an expert's reasons are worded in a pack, in one language: the critique example of a choice (the task, the
 * candidates as he saw them, which one is best and why) and the example of a verdict on one passage (worth learning
 * from or not, and why). {@code {0}} stands for what is filled in.
 */
record ReasonTemplates(String language, String which, String label, String best, String none, String verdict, String yes, String no) {

    static final ReasonTemplates ENGLISH = new ReasonTemplates("en", "Task: {0}\nWhich of the passages below does this best, and why?",
            "Passage {0}:", "Passage {0} is the best.", "None of them is good enough.",
            "Is the passage below worth learning from? Say why.\n\n{0}", "Yes.", "No.");

    static final ReasonTemplates RUSSIAN = new ReasonTemplates("ru", "Задача: {0}\nКакой из фрагментов ниже справляется с ней лучше всего и почему?",
            "Фрагмент {0}:", "Лучший — фрагмент {0}.", "Ни один из них не годится.",
            "Стоит ли учиться на фрагменте ниже? Объясни почему.\n\n{0}", "Да.", "Нет.");

    private static final Map<String, ReasonTemplates> BUILT_IN = Map.of("en", ENGLISH, "ru", RUSSIAN);

    /** The wording of a language (its ISO 639-1 code); English for a language that has none yet. */
    static ReasonTemplates of(String language) {
        return BUILT_IN.getOrDefault(language == null ? "" : language, ENGLISH);
    }

    /** The question of a choice: the task, then every candidate numbered from 1 in the order he saw them. */
    String question(String task, java.util.List<String> candidates) {
        StringBuilder s = new StringBuilder(which.replace("{0}", task));
        for (int i = 0; i < candidates.size(); i++) {
            s.append("\n\n").append(label.replace("{0}", Integer.toString(i + 1))).append('\n').append(candidates.get(i).strip());
        }
        return s.toString();
    }

    /** The answer of a choice: the candidate chosen (1-based; 0 when none was good enough), then the reason. */
    String answer(int chosen, String rationale) {
        return (chosen > 0 ? best.replace("{0}", Integer.toString(chosen)) : none) + " " + rationale.strip();
    }

    String verdictQuestion(String passage) {
        return verdict.replace("{0}", passage.strip());
    }

    String verdictAnswer(boolean accept, String rationale) {
        return (accept ? yes : no) + " " + rationale.strip();
    }
}
