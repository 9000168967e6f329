package app.haat.group;

import java.time.OffsetDateTime;
import java.util.List;

/** A self-help group as officers and the group itself see it. */
public record Group(
        long id,
        String name,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        String districtEn,
        String districtBn,
        String ward,
        int memberCount,
        String leaderName,
        String phone,
        String email,
        String registrationNo,
        GroupStatus status,
        String statusReason,
        String pan,
        String gstin,
        String bankAccount,
        String ifsc,
        OffsetDateTime createdAt,
        OffsetDateTime verifiedAt,
        String verifiedBy,
        int version,
        List<String> categories,
        boolean eretailTrained,
        OffsetDateTime deletionRequestedAt,
        int readinessDone,
        String upiId,
        Registrations registrations) {

    public boolean deleted() {
        return status == GroupStatus.DELETED;
    }
}
