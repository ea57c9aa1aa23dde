// Any bytes as a sync package file: the header is read and checked; when it
// asks for the cheapest key derivation (as the seeds do), the parts are
// decrypted with the seeds' passphrase and the payload parsed. Nothing may
// crash, read out of bounds or invoke undefined behaviour; refusals are
// casebook::Error.
#include "FuzzShared.h"
#include "common/Error.h"
#include "sync/Package.h"
#include "sync/PayloadCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const casebook::PackageHeader header = casebook::package::readHeader(file);
        const casebook::KdfLimits cheapest = casebook::KdfLimits::minimum();
        if (header.kdf.operations != cheapest.operations ||
            header.kdf.memoryBytes != cheapest.memoryBytes)
            return 0; // a costly key derivation would only slow the fuzzer down
        casebook::payload::decode(casebook::package::open(file, casebook::fuzz::passphrase));
    } catch (const casebook::Error &) {
    }
    return 0;
}
