package org.zhifa.workbench;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.identity.Role;

/** Chinese labels of role codes. */
final class RoleLabels {

    private RoleLabels() {
    }

    static String of(Set<String> codes) {
        return codes.stream().map(Role::parse).sorted().map(Role::label).collect(Collectors.joining("、"));
    }
}
