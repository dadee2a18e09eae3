package org.zhifa.common;

import java.util.Set;

/**
 * A link in the main navigation contributed by a module. Shown only to users holding one of {@code roles}
 * (empty = every logged-in user), so that nobody sees a link to a page they cannot open.
 *
 * @param group   menu group, e.g. 系统管理
 * @param label   link text
 * @param href    target path
 * @param order   position (ascending)
 * @param roles   role codes allowed
 */
public record NavItem(String group, String label, String href, int order, Set<String> roles) {

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }
}
