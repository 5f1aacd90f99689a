import Model

extension FieldError {
    /// The refusal of an amount a person entered, or `nil` when it is above zero and at
    /// most ``Money/largestEnterable`` (anything larger is a typing error).
    /// - Parameter label: the amount's name in a French sentence, e.g. « Le coût éligible ».
    public static func enteredAmount(_ amount: Money, field: String, label: String) -> FieldError? {
        if amount <= .zero { return FieldError(field: field, message: "\(label) doit être supérieur à zéro.") }
        if amount > .largestEnterable {
            return FieldError(field: field, message: "\(label) dépasse \(Money.largestEnterable.formattedFrench) : vérifiez le montant saisi.")
        }
        return nil
    }

    /// The refusal of a count a person entered, or `nil` when it lies in `bounds`.
    /// - Parameter label: the count's name in a French sentence, e.g. « Le nombre de jours de conseil ».
    public static func enteredCount(_ count: Int, in bounds: ClosedRange<Int>, field: String, label: String) -> FieldError? {
        bounds.contains(count) ? nil
            : FieldError(field: field, message: "\(label) est compris entre \(bounds.lowerBound) et \(bounds.upperBound).")
    }
}
