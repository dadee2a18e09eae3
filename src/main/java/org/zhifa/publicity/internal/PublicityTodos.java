package org.zhifa.publicity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.identity.DataScope;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * Publicity work: for a unit head the publications to release by their deadline and the revoked decisions to
 * withdraw (处罚法 第四十八条); for the supervision bureau the complaints not yet acknowledged.
 */
@Component
class PublicityTodos implements TodoSource {

    private static final int LIMIT = 100;

    private final PublicationStore publications;
    private final ComplaintService complaints;
    private final DataScope scope;

    PublicityTodos(PublicationStore publications, ComplaintService complaints, DataScope scope) {
        this.publications = publications;
        this.complaints = complaints;
        this.scope = scope;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.hasRole("UNIT_HEAD")) {
            for (var row : publications.list(scope.visibleUnitIds(actor), null, true, null, 0, LIMIT).items()) {
                Publication p = row.publication();
                String title = (row.documentNumber() == null ? "" : row.documentNumber() + " ")
                        + (row.party() == null ? "" : row.party());
                String href = "/publicity/publications/" + p.id();
                if (p.withdrawalPending()) {
                    items.add(TodoItem.waiting("处罚决定公示", title, "撤回公示", href, p.withdrawDue()));
                } else if (p.mayRelease().isAllowed()) {
                    items.add(TodoItem.waiting("处罚决定公示", title, "审核并发布公示", href, p.publishDue()));
                }
            }
        }
        if (actor.hasRole("SUPERVISOR")) {
            complaints.queue("RECEIVED", null, false, 0, LIMIT).items().forEach(c -> items.add(TodoItem.waiting(
                    "投诉举报", c.number() + " " + c.subject(), (c.greenChannel() ? "绿色通道 · " : "") + "受理",
                    "/publicity/complaints/" + c.id(), null)));
        }
        return items;
    }
}
