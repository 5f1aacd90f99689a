/// The programme's page style, shared by every service's layout: colours keep a contrast
/// ratio above 4.5:1; focus stays visible; nothing needs a script.
public enum PageStyle {
    public static let css = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1b1b1b; background: #fff; }
        .evitement { position: absolute; left: -999px; } .evitement:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        header, main, footer { padding: 1rem 2rem; } header { background: #123d6b; color: #fff; }
        header a, header button { color: #fff; } .marque { font-size: 1.25rem; margin: 0 0 .5rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.5rem; padding: 0; margin: 0; }
        nav form { display: inline; } nav button { background: none; border: 1px solid #fff; padding: .2rem .6rem; cursor: pointer; font: inherit; }
        a { color: #0b4f9c; } a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #e8a317; outline-offset: 2px; }
        main { max-width: 70rem; } footer { border-top: 1px solid #767676; font-size: .9rem; }
        label { display: block; font-weight: 600; margin-top: 1rem; } .aide { color: #4a4a4a; font-size: .9rem; margin: .1rem 0; }
        input[type=text], input[type=email], input[type=password], textarea, select { font: inherit; padding: .4rem; border: 1px solid #595959; width: 100%; max-width: 40rem; box-sizing: border-box; }
        button.principal, .bouton { background: #123d6b; color: #fff; border: 0; padding: .6rem 1.2rem; font: inherit; cursor: pointer; margin-top: 1rem; text-decoration: none; display: inline-block; }
        button.secondaire { background: #fff; color: #123d6b; border: 2px solid #123d6b; padding: .5rem 1.1rem; font: inherit; cursor: pointer; margin-top: 1rem; }
        .erreurs { border: 3px solid #b3261e; padding: .5rem 1rem; margin: 1rem 0; } .erreurs h2 { color: #b3261e; margin-top: 0; font-size: 1.2rem; }
        .erreur { color: #b3261e; font-weight: 600; margin: .2rem 0; } [aria-invalid=true] { border: 2px solid #b3261e; }
        .avis { border-left: 6px solid #1e7b34; background: #eef7ef; padding: .5rem 1rem; }
        .message { border-left: 6px solid #8a5a00; background: #fff6e0; padding: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; } caption { text-align: left; font-weight: 700; padding: .5rem 0; }
        th, td { border: 1px solid #8c8c8c; padding: .4rem .6rem; text-align: left; vertical-align: top; } th { background: #eef1f5; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
        .appel { border: 1px solid #8c8c8c; padding: 0 1rem 1rem; margin: 1rem 0; } .filtres { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: end; }
        @media print { header nav, .evitement, .sans-impression { display: none; } header { background: #fff; color: #000; } header a { color: #000; } }
        """
}
