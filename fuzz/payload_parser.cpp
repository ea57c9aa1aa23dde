// Any bytes as a decrypted payload: parsed into a change set or refused with
// casebook::Error; never a crash, an out-of-bounds read or undefined
// behaviour. What parses is encoded again and must parse to the same.
#include "common/Error.h"
#include "sync/PayloadCodec.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const casebook::ChangeSet set = casebook::payload::decode(bytes);
        const QByteArray again = casebook::payload::encode(set);
        const casebook::ChangeSet back = casebook::payload::decode(again);
        if (back.changes.size() != set.changes.size() || back.sender != set.sender ||
            casebook::payload::encode(back) != again)
            std::abort(); // encode and decode disagree
    } catch (const casebook::Error &) {
    }
    return 0;
}
