package org.zhifa.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;

/** The to-do list of the home page, gathered from every module's {@link TodoSource}. */
@Service
class TodoList {

    private static final Comparator<TodoItem> BY_DUE = Comparator
            .comparing(TodoItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::category).thenComparing(TodoItem::title);

    private final List<TodoSource> sources;
    private final Clock clock;

    TodoList(List<TodoSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** The four lists of the home page, each most urgent first. */
    record Board(LocalDate today, List<TodoItem> waiting, List<TodoItem> done, List<TodoItem> dueSoon,
            List<TodoItem> overdue) {

        static int count(List<TodoItem> items) {
            return items.stream().mapToInt(TodoItem::count).sum();
        }

        public int waitingCount() {
            return count(waiting);
        }

        public int doneCount() {
            return count(done);
        }

        public int dueSoonCount() {
            return count(dueSoon);
        }

        public int overdueCount() {
            return count(overdue);
        }
    }

    Board of(Actor actor) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
        List<TodoItem> all = sources.stream().flatMap(s -> s.todos(actor).stream()).sorted(BY_DUE).toList();
        return new Board(today,
                all.stream().filter(i -> !i.done()).toList(),
                all.stream().filter(TodoItem::done).toList(),
                all.stream().filter(i -> i.dueSoon(today)).toList(),
                all.stream().filter(i -> i.overdue(today)).toList());
    }
}
