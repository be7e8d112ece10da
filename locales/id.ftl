# dika — pesan berbahasa Indonesia (bahasa bawaan).
# Setiap kunci di sini wajib ada juga di en.ftl; tes locale-parity gagal bila tidak.

## Umum
app-name = dika

## CLI
cli-usage =
    Pemakaian: npm run dika -- <perintah> [--lang id|en]
    Perintah:
    { $commands }
