package org.zhifa.personnel.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;

/** Option lists for the pages: unit names, officers an auxiliary can be assigned to. */
@Component
public class OfficerDirectoryAccess {

    private final OfficerDirectory directory;
    private final PersonnelAccess access;
    private final OrgUnits units;

    OfficerDirectoryAccess(OfficerDirectory directory, PersonnelAccess access, OrgUnits units) {
        this.directory = directory;
        this.access = access;
        this.units = units;
    }

    public Map<Long, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
    }

    /** Officers in post the actor may assign as responsible for an auxiliary (方案第7条). */
    public List<OfficerView> officersFor(Actor actor) {
        return directory.inPost(access.rosterUnits(actor), false);
    }
}
