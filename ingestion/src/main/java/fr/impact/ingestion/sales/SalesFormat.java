package fr.impact.ingestion.sales;

import fr.impact.ingestion.read.Column;
import java.util.List;

/** The columns of the hub's sales export ({@code ventes}), with the headers accepted for each. */
public final class SalesFormat {

    static final int DATE = 0;
    static final int FACTURE = 1;
    static final int LIGNE = 2;
    static final int CLIENT_ID = 3;
    static final int CLIENT_NOM = 4;
    static final int CLIENT_TYPE = 5;
    static final int PRODUCTEUR_ID = 6;
    static final int PRODUCTEUR_NOM = 7;
    static final int PRODUIT = 8;
    static final int PRODUIT_CODE = 9;
    static final int FAMILLE = 10;
    static final int QUANTITE = 11;
    static final int UNITE = 12;
    static final int PRIX = 13;
    static final int MONTANT = 14;
    static final int LABELS = 15;
    static final int ORIGINE = 16;

    /** In index order. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("date", "date de livraison", "date livraison", "date de la livraison"),
            Column.required("facture", "n° facture", "numéro de facture", "num facture", "numero facture",
                    "facture n°", "n° de facture"),
            Column.required("ligne", "n° ligne", "numéro de ligne", "num ligne", "n° de ligne"),
            Column.required("client_id", "code client", "id client"),
            Column.optional("client_nom", "client", "nom client", "nom du client"),
            Column.optional("client_type", "type client", "segment", "type de client"),
            Column.required("producteur_id", "code producteur", "id producteur"),
            Column.optional("producteur_nom", "producteur", "nom producteur", "nom du producteur"),
            Column.required("produit", "libellé", "désignation", "libellé produit"),
            Column.optional("produit_code", "code produit", "référence", "ref produit"),
            Column.required("famille", "famille de produits", "famille_produits", "famille produit"),
            Column.required("quantite", "qté", "quantité livrée", "qte livree"),
            Column.required("unite", "unité", "u"),
            Column.optional("prix_unitaire_ht", "pu ht", "prix ht", "prix unitaire ht", "pu"),
            Column.required("montant_ht", "total ht", "montant", "montant total ht"),
            Column.optional("labels", "labels egalim", "categories_egalim", "signes de qualité", "label"),
            Column.optional("origine", "origine produit"));

    private SalesFormat() {}
}
