## Retensi data (npm run dika -- prune)
retention-cli-usage =
    Cara penggunaan:
      npm run dika -- prune [--dry-run]
retention-rule-processed-events = catatan pembaruan masuk yang sudah diproses
retention-rule-outbound-messages = pesan keluar yang sudah terkirim, gagal, atau tidak tersampaikan
retention-rule-conversations = percakapan yang tidak dilanjutkan
retention-rule-evidence-metadata = metadata berkas bukti dukung (ID berkas, nama, jenis, ukuran)
retention-rule-job-runs = catatan tugas terjadwal yang sudah selesai
retention-cli-rule = { "  " }• { $what }, lebih dari { $days } hari: { $count }
retention-cli-rule-off = { "  " }• { $what }: disimpan tanpa batas waktu (periode 0)
retention-cli-pruned =
    Periode retensi telah diterapkan. Dihapus (metadata bukti dukung: dikosongkan):
    { $items }
    Check-in, angka realisasi, jenis dan tautan bukti dukung tetap disimpan.
retention-cli-dry-run =
    Menurut periode retensi saat ini, yang akan dihapus (metadata bukti dukung: dikosongkan):
    { $items }
    Belum ada yang diubah. Jalankan ulang tanpa --dry-run untuk menerapkannya.
