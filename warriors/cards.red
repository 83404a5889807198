;redcode-94
;name Pack of Cards
;author Red Queen arena
;strategy Paper (silk style). Eight processes in lockstep copy the eight-line card somewhere
;strategy else and are already running the copy before it is finished; then they throw a few
;strategy DATs, re-aim and deal again. Every card keeps dealing, so the pack grows faster than
;strategy a bomber can thin it.
;assert CORESIZE == 8000

DEAL    equ     2953            ; where the first copy goes, relative to this card
SHIFT   equ     1011            ; each later copy lands 8*SHIFT+8 beyond the one before
AIM     equ     1460            ; where this card's carpet of DATs starts

        org     shuffle

; Three SPL 1 turn one process into eight that all stand on the same line, in order.
shuffle spl     1
        spl     1
        spl     1

; All eight SPLs read card's B field before any MOV below changes it, so every
; new process lands on the first line of the copy. (@0 means: through my own B field.)
card    spl     @0, DEAL
; One line each, through card's A field (source) and B field (target). The source is
; read before the increments, so the copy's first line starts fresh as 0, DEAL.
        mov.i   }card, >card
; Eight DATs in a row. In empty core the far cell's B field is 0, so the first DAT lands on
; that cell itself and leaves B = 1 there; the post-increments then walk the rest along.
        mov.i   ace, >AIM
; Eight adds: A goes from 8 back to 0, B moves on so the next deal goes somewhere new.
        add.f   shift, card
        jmp     card
shift   dat     -1, SHIFT
ace     dat     1, 1            ; the bomb (its B field of 1 is what keeps the carpet in a row)
        dat     0, 0            ; pads the card to the eight lines the eight MOVs copy

        end
