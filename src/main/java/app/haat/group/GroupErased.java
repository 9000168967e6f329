package app.haat.group;

/**
 * Published inside the transaction that confirms a group's deletion, so features holding the group's files (the
 * registration desk's documents) erase them in the same one.
 */
public record GroupErased(long groupId) {}
