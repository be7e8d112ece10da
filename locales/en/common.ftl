## General
app-name = dika
