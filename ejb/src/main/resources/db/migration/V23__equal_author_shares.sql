-- Co-authors with equal shares (issue 15): an item whose authors carry no percentage splits its royalty equally
-- (the amount divided by the number of authors, rounded half-up, the remainder to the first author). Such authors
-- have no share_percent; an item's authors either all carry a share adding up to 100% or none does.
ALTER TABLE content_author MODIFY share_percent DECIMAL(5,2) NULL;
