package org.zhifa.common;

import java.util.List;

/**
 * Notices a module puts on a user's home page (e.g. a bulletin naming the user's unit). Implemented by modules; the
 * workbench shows what every implementation returns for the logged-in user.
 */
public interface HomeNotices {

    List<Notice> noticesFor(Actor actor);

    /** A notice: its text and the page that explains it. */
    record Notice(String text, String href) {
    }
}
