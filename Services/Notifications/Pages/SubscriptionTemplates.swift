/// The pages a subscriber reaches from a link of an email: a heading, what happens, and the
/// button that does it (absent once done).
enum SubscriptionTemplates {
    static let subscription = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{detail}}</p>
    {{#action}}<form method="post" action="{{action}}"><button class="principal" type="submit">{{button}}</button></form>{{/action}}
    {{/main}}{{/layout}}
    """
}
