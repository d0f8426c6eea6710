package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.strata.score.Components;
import org.strata.score.Intrinsic;
import org.strata.score.LanguageKit;
import org.strata.score.Morphology;

/**
 * Inside the workbench's OSGi framework, the Russian dictionary (a resource of LanguageTool's language-ru bundle,
 * with its .info beside it) is read by morfologik, and a Russian passage's nominal style is measured.
 */
class RussianMorphologyInWorkbenchTest {
    @Test
    void theRussianDictionaryLoadsInTheWorkbench() {
        Morphology ru = LanguageKit.of("ru").morphology();
        assertEquals(Morphology.Part.NOUN, ru.part("сухожилие"));
        assertEquals(Morphology.Part.VERB, ru.part("передаёт"));
        float nominal = new Intrinsic(List.of()).measure("Сухожилие передаёт усилие мышцы на кость и запасает упругую энергию "
                + "при приземлении, поэтому жёсткость сухожилия определяет возврат энергии в беге.", 60, 0f, "ru")[Components.NOMINAL];
        assertTrue(nominal > 0.5f, "nominal style " + nominal);
    }
}
