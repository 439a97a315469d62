#!/usr/bin/env node
// Regenerates the commune reference files of the ingestion module from the MIT-licensed
// npm package @etalab/decoupage-administratif (Etalab), unpacked beforehand:
//
//   cd "$(mktemp -d)" && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf *.tgz
//   node <repo>/docs/tools/communes.mjs "$PWD/package"
//
// Writes, in ingestion/src/main/resources/fr/impact/ingestion/reference/ (or the directory
// given as second argument):
//   communes-anciennes.csv  ancien_code;code_actuel;nom  one row per former commune code
//                           that is no longer a current commune code, sorted by ancien_code
//   departements.csv        code;nom;region              every department (and overseas
//                           collectivity) of the package, sorted by code
// Separator ';', UTF-8 without BOM, '\n' line endings. Run by hand when a new vintage of the
// package is taken; the build only reads the generated files.

import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const [packageDir, outArg] = process.argv.slice(2)
if (!packageDir) {
  console.error('usage: node docs/tools/communes.mjs <unpacked-package-dir> [<output-dir>]')
  process.exit(2)
}
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const outDir = resolve(outArg ?? join(repoRoot, 'ingestion/src/main/resources/fr/impact/ingestion/reference'))

const readJson = (name) => JSON.parse(readFileSync(join(packageDir, name), 'utf8'))
const pkg = readJson('package.json')
const communes = readJson('data/communes.json')
const departements = readJson('data/departements.json')

// Values are written unquoted: refuse anything that would need quoting, so that readers can
// split on ';' safely.
const cell = (value) => {
  const text = value ?? ''
  if (/[;"\r\n]/.test(text)) throw new Error(`value needs quoting: ${JSON.stringify(text)}`)
  return text
}
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

const current = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code))

// 1. Communes déléguées and associées: their chefLieu is the current commune (the present
//    state of the Code officiel géographique, so it wins over the history below).
// 2. anciensCodes of current communes: every code merged into them, named or not.
const former = new Map()
const add = (code, currentCode, name) => {
  if (current.has(code)) return
  if (!current.has(currentCode)) throw new Error(`${code} -> ${currentCode}: not a current commune`)
  const known = former.get(code)
  if (known) {
    if (!known.name && name) known.name = name
    return // first mapping wins (délégations before history)
  }
  former.set(code, { code, currentCode, name })
}
for (const c of communes) {
  if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
    add(c.code, c.chefLieu, c.nom)
  }
}
for (const c of communes) {
  if (c.type === 'commune-actuelle') {
    for (const old of c.anciensCodes ?? []) add(old, c.code, null)
  }
}

const formerRows = [...former.values()].sort(byCode)
  .map((f) => [f.code, f.currentCode, f.name].map(cell).join(';'))
writeFileSync(join(outDir, 'communes-anciennes.csv'),
  ['ancien_code;code_actuel;nom', ...formerRows].join('\n') + '\n', 'utf8')

const departementRows = [...departements].sort(byCode)
  .map((d) => [d.code, d.nom, d.region].map(cell).join(';'))
writeFileSync(join(outDir, 'departements.csv'),
  ['code;nom;region', ...departementRows].join('\n') + '\n', 'utf8')

console.log(`${pkg.name}@${pkg.version}: ${formerRows.length} former commune codes, `
  + `${departementRows.length} departments -> ${outDir}`)
