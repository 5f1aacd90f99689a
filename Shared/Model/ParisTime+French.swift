import Foundation

extension ParisTime {
    /// `15 mars 2007 à 10 h 05`, in Paris time.
    public static func frenchDateTime(_ instant: Date) -> String {
        "\(localDate(of: instant).frenchLong) à \(frenchTime(instant))"
    }

    /// `10 h 05`, in Paris time.
    public static func frenchTime(_ instant: Date) -> String {
        let components = calendar.dateComponents([.hour, .minute], from: instant)
        let minute = components.minute ?? 0
        return "\(components.hour ?? 0) h \(minute < 10 ? "0" : "")\(minute)"
    }

    /// `15 mars 2007`, in Paris time.
    public static func frenchDate(_ instant: Date) -> String {
        localDate(of: instant).frenchLong
    }
}
