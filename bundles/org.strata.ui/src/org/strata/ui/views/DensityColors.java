package org.strata.ui.views;

import org.eclipse.swt.graphics.Color;

/** The colours of density, the same in every view: red for thin passages, yellow in the middle, green for dense ones. */
public final class DensityColors {
    private DensityColors() {}

    /** A light shade, for backgrounds behind text; grey when not scored. */
    static Color shade(float density) {
        if (Float.isNaN(density)) return new Color(235, 235, 235);
        float d = Math.max(0, Math.min(1, density));
        int r = d < 0.5f ? 255 : (int) (255 - (d - 0.5f) * 2 * 75);
        int g = d < 0.5f ? (int) (205 + d * 2 * 50) : 255;
        return new Color(r, g, 205);
    }

    /** A strong colour, for bars and points. */
    static Color strong(float density) {
        if (Float.isNaN(density)) return new Color(160, 160, 160);
        float d = Math.max(0, Math.min(1, density));
        int r = d < 0.5f ? 220 : (int) (220 - (d - 0.5f) * 2 * 190);
        int g = d < 0.5f ? (int) (60 + d * 2 * 140) : (int) (200 - (d - 0.5f) * 2 * 40);
        return new Color(r, g, 60);
    }

    /** A colour per layer (curriculum position), distinct for the first eight. */
    static Color layer(int index) {
        int[][] palette = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40}, {148, 103, 189}, {140, 86, 75}, {227, 119, 194},
                {23, 190, 207}};
        if (index < 0) return new Color(150, 150, 150);
        int[] c = palette[index % palette.length];
        return new Color(c[0], c[1], c[2]);
    }
}
