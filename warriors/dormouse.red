;redcode-94
;name Dormouse
;author Red Queen arena
;strategy Dwarf. Drops a DAT on every fourth cell, walking through core for ever. Its own
;strategy four lines are one period long, so the only cell of ours it ever hits is the pillow.
;assert CORESIZE % 4 == 0

STEP    equ     4

        org     nap

; The pillow is both the bomb and the pointer: its B field says where the next one falls.
; It sits on the bombed stride itself, so when the trail comes round it only lands on itself.
pillow  dat     #0, #STEP
nap     mov.i   pillow, @pillow
        add.ab  #STEP, pillow
        jmp     nap

        end
