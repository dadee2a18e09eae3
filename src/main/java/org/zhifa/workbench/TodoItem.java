package org.zhifa.workbench;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the to-do list.
 *
 * @param category what kind of work, in Chinese (e.g. 法制审核, 线索审核)
 * @param title    what it is about (case number and party, plate…)
 * @param action   what the person does next, in Chinese (e.g. 法制审核通过), or what they did for a done item
 * @param href     the page where the action is taken (one click)
 * @param dueOn    the day by which it must be done (null: no time limit)
 * @param done     handled by the actor (已办) rather than waiting (待办)
 * @param count    how many records the line stands for (a queue such as 线索审核 is one line with its size)
 */
public record TodoItem(String category, String title, String action, String href, LocalDate dueOn, boolean done,
        int count) {

    /** How far back 已办 reaches. */
    public static final int DONE_DAYS = 30;

    /** 即将到期: due within this many days from today. */
    public static final int SOON_DAYS = 3;

    public TodoItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }

    public static TodoItem waiting(String category, String title, String action, String href, LocalDate dueOn) {
        return new TodoItem(category, title, action, href, dueOn, false, 1);
    }

    /** A queue of {@code count} records handled on one page. */
    public static TodoItem queue(String category, String title, String action, String href, LocalDate dueOn,
            int count) {
        return new TodoItem(category, title, action, href, dueOn, false, count);
    }

    public static TodoItem handledMany(String category, String title, String action, String href, int count) {
        return new TodoItem(category, title, action, href, null, true, count);
    }

    public static TodoItem handled(String category, String title, String action, String href) {
        return new TodoItem(category, title, action, href, null, true, 1);
    }

    public boolean overdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }

    public boolean dueSoon(LocalDate today) {
        return !done && dueOn != null && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(SOON_DAYS));
    }
}
