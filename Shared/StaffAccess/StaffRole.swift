/// The one role of a back-office whose accounts are all the programme's team (notifications).
public enum StaffRole: String, AccountRole {
    case staff

    public var frenchLabel: String { "équipe du programme" }
}
