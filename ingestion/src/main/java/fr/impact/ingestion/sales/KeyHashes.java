package fr.impact.ingestion.sales;

/**
 * A compact set of 64-bit hashes of the (facture, ligne) keys seen in one file, to know
 * cheaply whether the file may repeat a key: when no hash repeats, no key does, and the
 * exact (SQL) duplicate search is skipped. A repeated hash only triggers that search.
 */
final class KeyHashes {

    private long[] table = new long[1 << 16];
    private int size;
    private boolean zeroSeen;
    private boolean repeated;

    /** Adds a key; returns true when its hash was already there. */
    boolean add(String facture, int ligne) {
        long h = hash(facture, ligne);
        if (h == 0) {
            boolean was = zeroSeen;
            zeroSeen = true;
            repeated |= was;
            return was;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == 0) {
                table[i] = h;
                size++;
                return false;
            }
            if (v == h) {
                repeated = true;
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Whether any hash was added twice. */
    boolean anyRepeated() {
        return repeated;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /** FNV-1a over the invoice's chars, then the line number, then a final mix. */
    static long hash(String facture, int ligne) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < facture.length(); i++) {
            h ^= facture.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0xFF;
        h *= 0x100000001b3L;
        h ^= ligne;
        h *= 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
