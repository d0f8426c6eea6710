#!/bin/sh
# Builds the sample corpora that the workbench's welcome opens (Open Sample): the documents of sample/documents,
# real and freely licensed (sample/SOURCES.md), ingested, scored and layered by the command line, once with the
# layers named in English (OUT/en) and once in Russian (OUT/ru). Run by the build (bundles/org.strata.cli/pom.xml).
# Usage: make-sample.sh STRATA-CLI SAMPLE-DIR OUT
set -e
export LC_ALL=C.UTF-8 # Java decodes arguments by the locale: the Russian names and queries must arrive whole
CLI=$1 SAMPLE=$2 OUT=$3
case $CLI in /*) ;; *) CLI="$(pwd)/$CLI" ;; esac
[ -x "$CLI" ] && [ -d "$SAMPLE/documents" ] && [ -n "$OUT" ] || { echo "usage: make-sample.sh STRATA-CLI SAMPLE-DIR OUT" >&2; exit 2; }
rm -rf "$OUT"
for lang in en ru; do
  dir="$OUT/$lang"
  mkdir -p "$dir"
  # the documents travel with the corpus (the corpus keeps each source's absolute path at build time as its name)
  cp -r "$SAMPLE/documents" "$SAMPLE/SOURCES.md" "$dir/"
  case $lang in ru) name="Пример Strata" ;; *) name="Strata sample" ;; esac
  sh "$CLI" new "$dir" --language "$lang" --name "$name" >/dev/null
  (cd "$dir" && sh "$CLI" ingest . documents >/dev/null)
  sh "$CLI" score "$dir" --device cpu >/dev/null
  sh "$CLI" layer --auto "$dir" >/dev/null
  # a few concepts of the handbook, named in the sample's language with the other language's name as an alias,
  # each tagged on the passages that full-text search finds for it in both languages
  while IFS='|' read -r en ru query def_en def_ru; do
    [ -n "$en" ] || continue
    case $lang in ru) name=$ru alias=$en def=$def_ru ;; *) name=$en alias=$ru def=$def_en ;; esac
    if [ "$alias" = "$name" ]; then set -- ; else set -- --alias "$alias"; fi
    sh "$CLI" concepts "$dir" add "$name" "$@" --definition "$def" >/dev/null </dev/null
    sh "$CLI" passages "$dir" --query "$query" --tag "$name" >/dev/null </dev/null
  done <<'CONCEPTS'
backup|резервная копия|backup OR backups OR резервная OR резервное OR копии|A copy of data kept elsewhere so that it can be restored after a loss, a mistake or an attack.|Копия данных, хранимая отдельно, чтобы их можно было восстановить после потери, ошибки или атаки.
DHCP|DHCP|dhcp OR dhcpd|A protocol by which a server hands the machines of a network their settings: an IP address, the gateway and the name servers.|Протокол, по которому сервер выдаёт машинам сети их настройки: IP-адрес, шлюз и серверы имён.
kernel|ядро|kernel OR ядро|The core of the operating system: it drives the hardware and shares it among the programs.|Сердцевина операционной системы: управляет оборудованием и делит его между программами.
user account|учётная запись|account OR accounts OR учётная OR учетная|What the system knows of a person who uses it: a login, a password, groups and a home folder.|То, что система знает о человеке, который ею пользуется: имя входа, пароль, группы и домашняя папка.
CONCEPTS
  echo "sample corpus ($lang): $(sh "$CLI" stats "$dir" | sed -n 2p | tr -s ' ')"
done
