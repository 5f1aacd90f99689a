import Foundation

extension OpenAPIDocument {
    /// `POST /api/auth/token` and `GET /api/me`, the same on every service with accounts.
    /// - Parameter roles: the roles the service's accounts may have.
    public static func accessPaths(roles: [String]) -> [String: [String: Operation]] {
        let bearer = Schema.inferred(
            from: TokenBearer(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000907")!, email: "mairie@saint-lary.example", displayName: "Mairie de Saint-Lary", role: roles[0], applicantId: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000908")!),
            minimal: TokenBearer(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000909")!, email: "equipe@ipc.example", displayName: "Équipe", role: roles[0]),
            enums: ["role": roles])
        let issued = Schema.object([
            "token": .string(), "tokenType": .string(enumeration: ["Bearer"]), "expiresAt": .string(format: "date-time"),
            "role": .string(enumeration: roles),
        ], required: ["token", "tokenType", "expiresAt", "role"])
        let credentials = Schema.object(["email": .string(), "password": .string()], required: ["email", "password"])
        return [
            "/api/auth/token": ["post": operation(
                "issueToken", "Échange adresse et mot de passe contre un jeton (Bearer) valable huit heures.", tag: "accès",
                body: RequestBody(credentials, example: .object(["email": .string("mairie@saint-lary.example"), "password": .string("saint-lary-demo")])),
                success: "201", Response(description: "Jeton et date d'expiration", schema: issued), refusals: ["400", "401", "413", "422", "429"],
                security: [])],
            "/api/me": ["get": operation(
                "whoAmI", "Le titulaire du jeton : identifiant, adresse, nom, rôle (et collectivité d'un candidat).", tag: "accès",
                Response(description: "Le compte", schema: bearer), refusals: ["401"])],
        ]
    }
}
