;redcode-94
;name White Rabbit
;author Red Queen arena
;strategy Quickscan, then clear. Twenty-eight fixed probes (pairs 270 apart) are checked in
;strategy the first few cycles; a probe that is not empty aims a DAT clear just in front of it,
;strategy so the clear reaches the enemy almost at once. With no hit it clears from its own end.
;assert CORESIZE == 8000

NPAIR   equ     14
FIRST   equ     200             ; first probe: well past our 33 lines and the 100-cell minimum distance
SPACE   equ     540             ; pairs are SPACE apart ...
GAP     equ     270             ; ... and the two cells of a pair GAP apart

        org     qbase

; B field: the next cell the clear hits. Default: just past our own end.
cptr    dat     0, kill+1-cptr
; Each pair: SEQ skips the MOV when both cells are equal (empty). The MOV points the
; clear at the cell before the pair's first probe; a later hit simply overrides it.
; (Labels are relative, so qbase+X is the same cell seen from either line.)
qbase
i       for     NPAIR
        seq.i   qbase+FIRST+(i-1)*SPACE, qbase+FIRST+(i-1)*SPACE+GAP
        mov.ab  #qbase+FIRST+(i-1)*SPACE-1-cptr, cptr
        rof
go      spl     #0, 0
; The clear meets cptr before the rest of us; kill written over cptr makes it skip us.
wipe    mov.i   kill, >cptr
        jmp     wipe
kill    dat     0, kill-cptr

        end
