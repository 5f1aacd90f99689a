# shellcheck shell=bash
# Demo data for scripts/run: events of the 2006–2008 programme, with fixed ids so that a
# second run adds nothing. They travel through the real outboxes, broker and inboxes.

# The applications service's demo: accounts, the current edition of both calls, two
# collectivités and their dossiers, through its command-line tool and API.
ipc_load_applications_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 1)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=applications \
    POSTGRES_PASSWORD=applications_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_applications.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 1))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/applications"
}

# The jury's demo: its accounts, through its command-line tool, and a sitting on the current
# edition of both calls, through its API (after the applications demo, whose events it needs).
ipc_load_jury_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 2)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=jury \
    POSTGRES_PASSWORD=jury_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_jury.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 2))" "http://127.0.0.1:$((IPC_HTTP_BASE + 1))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/jury"
}

# The notifications back-office's account (the delivery log), through its command-line tool.
ipc_load_notifications_demo() {
    local output
    output=$(printf 'courriels-demo-2026\n' | HTTP_PORT=$((IPC_HTTP_BASE + 5)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" \
        POSTGRES_USER=notifications POSTGRES_PASSWORD=notifications_dev POSTGRES_DATABASE="$IPC_DB" \
        KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/notifications" account create \
        --email courriels@ipc.example --name "Équipe du programme" --role staff 2>&1) || case "$output" in
            *déjà*) ;;
            *) echo "demo: notifications account: $output" >&2; return 1 ;;
        esac
}

ipc_load_demo_data() {
    local call_ac=00000000-0000-4000-8000-00000000ac06 call_pi=00000000-0000-4000-8000-00000000b106
    local sitting=00000000-0000-4000-8000-0000000051a1
    local dossier1=00000000-0000-4000-8000-00000000d001 dossier2=00000000-0000-4000-8000-00000000d002
    local at="2007-01-10T09:30:00.000Z"

    ipc_publish applications applications.v1 "$dossier1" 00000000-0000-4000-8000-0000000e0001 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0001","correlationId":"00000000-0000-4000-8000-0000000e0001","occurredAt":"$at","source":"applications","type":"ApplicationSubmitted","version":1,
 "data":{"applicationId":"$dossier1","reference":"AC-2006-0001","callId":"$call_ac","action":"consultingAid","submittedAt":"$at",
  "applicant":{"applicantId":"00000000-0000-4000-8000-00000000a001","name":"Commune de Saint-Girons","kind":"commune","inseeCode":"09261","department":"09","population":6300,"insideUrbanAgglomeration":false,"priorityTarget":false},
  "contacts":[{"name":"Secrétariat de mairie","email":"mairie@saint-girons.example"}],
  "projectTitle":"Point public d'accès à Internet en mairie","theme":"Services aux citoyens"}}
JSON
)"
    ipc_publish applications applications.v1 "$dossier2" 00000000-0000-4000-8000-0000000e0002 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0002","correlationId":"00000000-0000-4000-8000-0000000e0002","occurredAt":"$at","source":"applications","type":"ApplicationSubmitted","version":1,
 "data":{"applicationId":"$dossier2","reference":"PI-2006-0001","callId":"$call_pi","action":"innovationGrant","submittedAt":"$at",
  "applicant":{"applicantId":"00000000-0000-4000-8000-00000000a002","name":"Communauté de communes du Séronais","kind":"intercommunality","siren":"240900431","department":"09","population":4100,"insideUrbanAgglomeration":false,"priorityTarget":true},
  "contacts":[{"name":"Direction générale des services","email":"dgs@seronais.example"}],
  "projectTitle":"Espace public numérique itinérant","theme":"Services aux citoyens","eligibleCost":6250000,"requestedSubsidy":5000000}}
JSON
)"
    ipc_publish applications applications.v1 "$dossier2" 00000000-0000-4000-8000-0000000e0003 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0003","correlationId":"00000000-0000-4000-8000-0000000e0002","causationId":"00000000-0000-4000-8000-0000000e0002","occurredAt":"2007-01-20T14:00:00.000Z","source":"applications","type":"ApplicationDeclaredComplete","version":1,
 "data":{"applicationId":"$dossier2","reference":"PI-2006-0001","completedAt":"2007-01-20T14:00:00.000Z"}}
JSON
)"
    ipc_publish jury jury.v1 "$sitting" 00000000-0000-4000-8000-0000000e0004 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0004","correlationId":"00000000-0000-4000-8000-0000000e0004","occurredAt":"2007-01-22T10:00:00.000Z","source":"jury","type":"JurySittingScheduled","version":1,
 "data":{"sittingId":"$sitting","sittingDate":"2007-02-15","callIds":["$call_ac","$call_pi"],"cutOff":"2007-02-01T23:00:00.000Z"}}
JSON
)"
    ipc_publish jury jury.v1 "$dossier2" 00000000-0000-4000-8000-0000000e0005 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0005","correlationId":"00000000-0000-4000-8000-0000000e0002","occurredAt":"2007-02-15T17:00:00.000Z","source":"jury","type":"ApplicationSelected","version":1,
 "data":{"sittingId":"$sitting","applicationId":"$dossier2","reference":"PI-2006-0001","grantedAmount":5000000,"decidedAt":"2007-02-15T17:00:00.000Z"}}
JSON
)"
    ipc_publish resources resources.v1 00000000-0000-4000-8000-00000000c001 00000000-0000-4000-8000-0000000e0006 "$(cat <<JSON
{"id":"00000000-0000-4000-8000-0000000e0006","correlationId":"00000000-0000-4000-8000-0000000e0006","occurredAt":"2006-12-05T09:00:00.000Z","source":"resources","type":"PublicationPublished","version":1,
 "data":{"publicationId":"00000000-0000-4000-8000-00000000c001","kind":"trainingMaterial","title":"Support de formation : les services aux citoyens en ligne","summary":"Support remis à chaque participant des ateliers de projet.","url":"http://127.0.0.1:8084/publications/00000000-0000-4000-8000-00000000c001","publishedAt":"2006-12-05T09:00:00.000Z"}}
JSON
)"
}
