package org.zhifa.workbench;

import java.util.List;
import org.zhifa.common.Actor;

/**
 * What a module contributes to the home page's to-do list: the work waiting for this person (by role, as handler of
 * a case, within their data scope) and what they did recently. Each module implements it over its own tables; the
 * workbench never reads them. An implementation applies the same role and data-scope checks as the pages it links to.
 */
public interface TodoSource {

    /** The items waiting for the actor and those they handled in the last {@link TodoItem#DONE_DAYS} days. */
    List<TodoItem> todos(Actor actor);
}
