package org.zhifa.cases.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ProcedureDefinition;
import org.zhifa.cases.procedure.Transition;

/**
 * The public flowchart of a procedure as an SVG drawn from its definition: the opening step first (where the
 * procedure really starts: 案源登记, or for the simplified procedure 当场作出行政处罚决定), then every state a step
 * leads to, in the order of the procedure; branch states stand to the right; arrows follow the steps (returns in
 * dashes on the left).
 */
public final class ProcedureDiagram {

    static final int BOX_W = 200;
    static final int BOX_H = 34;
    static final int GAP = 26;
    static final int MAIN_X = 150;
    static final int BRANCH_X = 430;

    private ProcedureDiagram() {
    }

    public static String svg(ProcedureDefinition d) {
        Set<CaseState> reached = new LinkedHashSet<>();
        d.opening().forEach(t -> reached.add(t.to()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : d.transitions()) {
                if (t.to() != null && t.from().stream().anyMatch(reached::contains) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        List<CaseState> order = d.states().stream().filter(reached::contains).toList();
        Map<CaseState, int[]> at = new EnumMap<>(CaseState.class);
        int y = 20 + BOX_H + GAP; // row 0 is the opening step
        for (CaseState s : order) {
            boolean branch = StepBar.BRANCHES.contains(s);
            at.put(s, new int[] {branch ? BRANCH_X : MAIN_X, y});
            y += BOX_H + GAP;
        }
        int height = y + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 700 ").append(height)
                .append("\" width=\"700\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(d.procedure().label())).append("流程图\" font-family=\"WenQuanYi Zen Hei, Noto Sans CJK SC, sans-serif\"")
                .append(" font-size=\"13\">");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
                .append(" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#198754\"/></marker></defs>");
        // the opening step(s)
        List<String> openings = new ArrayList<>();
        d.opening().forEach(t -> openings.add(t.label()));
        svg.append(box(MAIN_X, 20, String.join(" / ", openings), "#198754", "#ffffff", true));
        for (Transition t : d.opening()) {
            int[] to = at.get(t.to());
            svg.append(line(MAIN_X + BOX_W / 2, 20 + BOX_H, to[0] + BOX_W / 2, to[1], false));
        }
        // the steps between states
        Set<String> drawn = new LinkedHashSet<>();
        for (Transition t : d.transitions()) {
            if (t.to() == null || t.opens()) {
                continue;
            }
            for (CaseState f : t.from()) {
                int[] a = at.get(f);
                int[] b = at.get(t.to());
                if (a == null || b == null || f == t.to() || !drawn.add(f + ">" + t.to())) {
                    continue;
                }
                boolean back = b[1] < a[1];
                if (back) {
                    int x = Math.min(a[0], b[0]) - 12 - (drawn.size() % 5) * 8;
                    svg.append("<path d=\"M").append(a[0]).append(',').append(a[1] + BOX_H / 2).append(" C")
                            .append(x - 40).append(',').append(a[1] + BOX_H / 2).append(' ').append(x - 40).append(',')
                            .append(b[1] + BOX_H / 2).append(' ').append(b[0]).append(',').append(b[1] + BOX_H / 2)
                            .append("\" fill=\"none\" stroke=\"#dc3545\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/>");
                } else if (a[0] == b[0] && b[1] - a[1] == BOX_H + GAP) {
                    svg.append(line(a[0] + BOX_W / 2, a[1] + BOX_H, b[0] + BOX_W / 2, b[1], false));
                } else {
                    int sx = a[0] + BOX_W;
                    int ex = b[0] == a[0] ? b[0] + BOX_W : b[0];
                    int bend = Math.max(sx, ex) + 30 + (drawn.size() % 4) * 10;
                    svg.append("<path d=\"M").append(sx).append(',').append(a[1] + BOX_H / 2).append(" C")
                            .append(bend).append(',').append(a[1] + BOX_H / 2).append(' ').append(bend).append(',')
                            .append(b[1] + BOX_H / 2).append(' ').append(ex).append(',').append(b[1] + BOX_H / 2)
                            .append("\" fill=\"none\" stroke=\"#198754\" marker-end=\"url(#arrow)\"/>");
                }
            }
        }
        for (CaseState s : order) {
            int[] p = at.get(s);
            svg.append(box(p[0], p[1], s.label(), "#198754", StepBar.BRANCHES.contains(s) ? "#f8f9fa" : "#e8f5ee", false));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String box(int x, int y, String label, String stroke, String fill, boolean start) {
        return "<g><rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + BOX_W + "\" height=\"" + BOX_H + "\" rx=\""
                + (start ? 17 : 6) + "\" fill=\"" + (start ? stroke : fill) + "\" stroke=\"" + stroke + "\"/>"
                + "<text x=\"" + (x + BOX_W / 2) + "\" y=\"" + (y + BOX_H / 2 + 5) + "\" text-anchor=\"middle\" fill=\""
                + (start ? "#ffffff" : "#212529") + "\">" + esc(label) + "</text></g>";
    }

    private static String line(int x1, int y1, int x2, int y2, boolean dashed) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#198754\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + " marker-end=\"url(#arrow)\"/>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
