package app.haat.group;

import com.vaadin.flow.component.Component;

/**
 * Sections another feature adds to a group's pages without the registry depending on it (e.g. where the group sells
 * online): one on the group's own page, below its products, one in its officer's view of the group.
 */
public interface GroupSections {

    /** The section on the group's own page. */
    Component ownPage(long groupId);

    /** The section in the officer's (or admin's) view of the group. */
    Component officerView(long groupId);
}
