## Umum
app-name = dika
