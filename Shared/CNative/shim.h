#ifndef CNATIVE_SHIM_H
#define CNATIVE_SHIM_H

#include <stddef.h>
#include <librdkafka/rdkafka.h>
/*
 * Debian's libxml2 is built with ICU, whose headers clash with the copy Foundation carries.
 * Nothing here touches libxml2's encoding handlers (the only ICU-dependent layout), so the
 * headers are read without it.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/*
 * rd_kafka_producev is variadic and cannot be imported into Swift; this inline wrapper
 * is the one place that calls it. On success librdkafka owns `headers`; on failure the
 * caller still does.
 */
static inline rd_kafka_resp_err_t ipc_rd_kafka_produce(
    rd_kafka_t *rk,
    const char *topic,
    const void *key, size_t key_len,
    const void *value, size_t value_len,
    rd_kafka_headers_t *headers,
    void *opaque)
{
    return rd_kafka_producev(
        rk,
        RD_KAFKA_V_TOPIC(topic),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(key, key_len),
        RD_KAFKA_V_VALUE((void *)value, value_len),
        RD_KAFKA_V_HEADERS(headers),
        RD_KAFKA_V_OPAQUE(opaque),
        RD_KAFKA_V_END);
}

#endif
