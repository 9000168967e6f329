package app.haat.core.cluster;

import static app.haat.db.Tables.NODE_LEASE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases held by one node at a time ({@code node_lease}): a node takes a free or lapsed lease, or renews its own, in
 * one conditional statement, so two nodes asking at the same instant cannot both hold it. Node clocks are assumed
 * to agree to well within a lease (NTP).
 */
@Service
public class NodeLeaseService {

    private final DSLContext dsl;
    private final NodeIdentity node;
    private final Clock clock;

    NodeLeaseService(DSLContext dsl, NodeIdentity node, Clock clock) {
        this.dsl = dsl;
        this.node = node;
        this.clock = clock;
    }

    /** Whether this node holds the lease for {@code length} from now (taken or renewed); false while another does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean hold(String name, Duration length) {
        return hold(name, node.id(), length);
    }

    /** The same for a named holder (tests stand for two nodes in one process). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean hold(String name, String holder, Duration length) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime until = now.plus(length);
        int updated = dsl.update(NODE_LEASE)
                .set(NODE_LEASE.HOLDER, holder)
                .set(NODE_LEASE.HELD_UNTIL, until)
                .where(NODE_LEASE.NAME.eq(name))
                .and(NODE_LEASE.HOLDER.eq(holder).or(NODE_LEASE.HELD_UNTIL.lt(now)))
                .execute();
        if (updated == 1) {
            return true;
        }
        if (dsl.fetchExists(NODE_LEASE, NODE_LEASE.NAME.eq(name))) {
            return false;
        }
        try {
            return dsl.insertInto(NODE_LEASE)
                            .set(NODE_LEASE.NAME, name)
                            .set(NODE_LEASE.HOLDER, holder)
                            .set(NODE_LEASE.HELD_UNTIL, until)
                            .onDuplicateKeyIgnore()
                            .execute()
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives the lease up at once (a node stopping), so another takes it without waiting for it to lapse. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String name) {
        dsl.deleteFrom(NODE_LEASE)
                .where(NODE_LEASE.NAME.eq(name))
                .and(NODE_LEASE.HOLDER.eq(node.id()))
                .execute();
    }
}
