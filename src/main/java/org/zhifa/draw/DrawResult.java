package org.zhifa.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhifa.crypto.Sm3;

/**
 * What a draw selected: per stratum (in stratum order) the drawn objects in the order drawn, each with its assignees
 * in the order drawn (empty when fewer eligible assignees than required were left). {@link #text()} is the canonical
 * result whose SM3 is published (docs/random-draw.md §6).
 */
public record DrawResult(String headerHash, String seed, List<Selection> selections) {

    /**
     * One drawn object.
     *
     * @param stratum   its stratum
     * @param rank      1 for the first drawn in the stratum, 2 for the second …
     * @param objectKey the object
     * @param assignees the assignees drawn for it, in order; empty when it could not be staffed
     */
    public record Selection(String stratum, int rank, String objectKey, List<String> assignees) {

        public Selection {
            assignees = List.copyOf(assignees);
        }

        public boolean staffed() {
            return !assignees.isEmpty();
        }

        String line() {
            return "select\t" + stratum + '\t' + rank + '\t' + objectKey + '\t' + String.join(",", assignees);
        }
    }

    public DrawResult {
        selections = List.copyOf(selections);
    }

    /** The canonical result text: three header lines, then one line per selection, each ending with LF. */
    public String text() {
        StringBuilder s = new StringBuilder(64 + selections.size() * 48);
        s.append(DrawSpec.ALGORITHM).append(" result\n");
        s.append("header\t").append(headerHash).append('\n');
        s.append("seed\t").append(seed).append('\n');
        selections.forEach(x -> s.append(x.line()).append('\n'));
        return s.toString();
    }

    /** SM3 of {@link #text()} in UTF-8, lower-case hex. */
    public String hash() {
        return Sm3.hex(text().getBytes(StandardCharsets.UTF_8));
    }

    public java.util.Optional<Selection> find(String objectKey) {
        return selections.stream().filter(s -> s.objectKey().equals(objectKey)).findFirst();
    }
}
