-- Per year of the current ma-cantine teledeclarations (replaced_by IS NULL): the declarations of
-- canteens whose canteen_pat_list holds PAT $1 as one of its comma-separated elements, with
-- the sums and counts of their ratios (means are computed exactly by the caller), how many
-- meet the mainland targets (bio >= 0.20 and bio + EGalim hors bio >= 0.50), and the same
-- sum and count of bio ratios over every declaration of the year. Parameter: $1 PAT code.
WITH td AS (
    SELECT year, ratio_bio, ratio_egalim_hors_bio,
           list_contains(list_transform(string_split(coalesce(canteen_pat_list, ''), ','), lambda x: trim(x)), $1) AS in_pat
    FROM teledeclarations WHERE replaced_by IS NULL)
SELECT year,
       count(*) FILTER (WHERE in_pat) AS canteens,
       sum(ratio_bio) FILTER (WHERE in_pat) AS sum_bio,
       count(ratio_bio) FILTER (WHERE in_pat) AS n_bio,
       sum(ratio_egalim_hors_bio) FILTER (WHERE in_pat) AS sum_egalim_hors_bio,
       count(ratio_egalim_hors_bio) FILTER (WHERE in_pat) AS n_egalim_hors_bio,
       count(*) FILTER (WHERE in_pat AND ratio_bio >= 0.20
                        AND ratio_bio + ratio_egalim_hors_bio >= 0.50) AS meeting_targets,
       sum(ratio_bio) AS national_sum_bio,
       count(ratio_bio) AS national_n_bio
FROM td
GROUP BY year
ORDER BY year;
