import StaffAccess

/// A jury account: the programme's staff or a juror.
typealias Member = Account<MemberRole>
