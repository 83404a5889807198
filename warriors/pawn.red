;redcode-94
;name Looking-Glass Pawn
;author Red Queen arena
;strategy Imp. A single MOV that copies itself one cell ahead and then runs the copy,
;strategy so it crawls through core for ever: hard to kill, but it almost never kills.
;assert CORESIZE > 1

        org     pawn

; The copy is written before the process steps onto it, so the pawn always lands on itself.
pawn    mov.i   $0, $1

        end
