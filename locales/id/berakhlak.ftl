## Nilai dasar ASN BerAKHLAK (SE MenPANRB 20/2021; domain.md §1): nama, definisi, panduan perilaku

berakhlak-berorientasi-pelayanan = Berorientasi Pelayanan
berakhlak-berorientasi-pelayanan-definition = Komitmen memberikan pelayanan prima demi kepuasan masyarakat
berakhlak-berorientasi-pelayanan-1 = Memahami dan memenuhi kebutuhan masyarakat
berakhlak-berorientasi-pelayanan-2 = Ramah, cekatan, solutif, dan dapat diandalkan
berakhlak-berorientasi-pelayanan-3 = Melakukan perbaikan tiada henti

berakhlak-akuntabel = Akuntabel
berakhlak-akuntabel-definition = Bertanggung jawab atas kepercayaan yang diberikan
berakhlak-akuntabel-1 = Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi
berakhlak-akuntabel-2 = Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien
berakhlak-akuntabel-3 = Tidak menyalahgunakan kewenangan jabatan

berakhlak-kompeten = Kompeten
berakhlak-kompeten-definition = Terus belajar dan mengembangkan kapabilitas
berakhlak-kompeten-1 = Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah
berakhlak-kompeten-2 = Membantu orang lain belajar
berakhlak-kompeten-3 = Melaksanakan tugas dengan kualitas terbaik

berakhlak-harmonis = Harmonis
berakhlak-harmonis-definition = Saling peduli dan menghargai perbedaan
berakhlak-harmonis-1 = Menghargai setiap orang apapun latar belakangnya
berakhlak-harmonis-2 = Suka menolong orang lain
berakhlak-harmonis-3 = Membangun lingkungan kerja yang kondusif

berakhlak-loyal = Loyal
berakhlak-loyal-definition = Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara
berakhlak-loyal-1 = Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah
berakhlak-loyal-2 = Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara
berakhlak-loyal-3 = Menjaga rahasia jabatan dan negara

berakhlak-adaptif = Adaptif
berakhlak-adaptif-definition = Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan
berakhlak-adaptif-1 = Cepat menyesuaikan diri menghadapi perubahan
berakhlak-adaptif-2 = Terus berinovasi dan mengembangkan kreativitas
berakhlak-adaptif-3 = Bertindak proaktif

berakhlak-kolaboratif = Kolaboratif
berakhlak-kolaboratif-definition = Membangun kerja sama yang sinergis
berakhlak-kolaboratif-1 = Memberi kesempatan kepada berbagai pihak untuk berkontribusi
berakhlak-kolaboratif-2 = Terbuka dalam bekerja sama untuk menghasilkan nilai tambah
berakhlak-kolaboratif-3 = Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama

## Skala: seberapa sering (rekan kerja, bawahan, diri sendiri) dan terhadap ekspektasi (pejabat penilai)

berakhlak-frequency-1 = Tidak pernah
berakhlak-frequency-2 = Jarang
berakhlak-frequency-3 = Kadang-kadang
berakhlak-frequency-4 = Sering
berakhlak-frequency-5 = Selalu
berakhlak-frequency-none = Tidak dapat menilai
berakhlak-expectation-below = Di bawah ekspektasi
berakhlak-expectation-meets = Sesuai ekspektasi
berakhlak-expectation-above = Di atas ekspektasi
